"""Named exceptions. Every message says what went wrong and what to do about it; `api` maps them to exit
codes and HTTP statuses in one place."""


class StdcompareError(Exception):
    """Base class: a problem the user can fix; the message is shown as it is.

    `option` names, in the domain's words, the setting that would fix it ("text_column", "standard",
    "max_rows", "store", "model", "skip_invalid", ...). The message itself names no command-line flag or HTTP
    field: each way in adds its own hint for `option` (api/cli/hints.py, api/http/errors.py).
    """

    def __init__(self, message: str = "", *, option: str | None = None) -> None:
        super().__init__(message)
        self.option = option


class InputFileError(StdcompareError):
    """A file that cannot be read: missing, unreadable, unknown format, undecodable, corrupt."""


class ColumnError(StdcompareError):
    """The columns needed were not found; the message lists the columns that were (`found`, when known, for a
    caller that explains in its own words what the file should have held)."""

    def __init__(self, message: str = "", *, option: str | None = None, found: tuple[str, ...] = ()) -> None:
        super().__init__(message, option=option)
        self.found = tuple(found)


class InvalidRowsError(StdcompareError):
    """Rows that cannot be used as they are (empty text, conflicting duplicates)."""


class StoreError(StdcompareError):
    """The store directory is missing, not a store, or unusable."""


class EncoderMismatchError(StoreError):
    """The store was built with another encoder; vectors of two encoders must never be mixed."""


class NotFoundError(StdcompareError):
    """A standard, clause or job that does not exist."""


class DiskFullError(StoreError):
    """A write to the store stopped because the disk is full; the store was left as it was."""


class OutputError(StdcompareError):
    """A result file could not be written (disk full, no permission); no partial file is left behind."""
