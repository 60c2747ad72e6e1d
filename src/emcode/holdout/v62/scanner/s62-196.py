def grep_log(lines, needle, ignore_case=True):
    if ignore_case:
        needle = needle.casefold()
        return [ln for ln in lines if needle in ln.casefold()]
    return [ln for ln in lines if needle in ln]
