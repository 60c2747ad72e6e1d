def filter_lines(lines: list[str], needle: str) -> list[str]:
    """Lines that contain needle (case-insensitive)."""
    lowered = needle.casefold()
    return [line for line in lines if lowered in line.casefold()]
