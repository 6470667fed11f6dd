"""The core every other part builds on: the data model (frozen dataclasses), the fixed vocabularies (StrEnum), the
named errors, the policy numbers, and small text helpers. It imports nothing of compare's."""
