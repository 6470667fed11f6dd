"""Key technical indicators: numbers and units read from clause text, attached to their parameters, paired across
the two sides by concept and judged (consistent, stricter, looser, different, missing), then rolled up."""
