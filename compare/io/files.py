"""Files that appear only when complete (the writers of compare.io use compare.core.files)."""

from compare.core.files import atomic_path

__all__ = ["atomic_path"]
