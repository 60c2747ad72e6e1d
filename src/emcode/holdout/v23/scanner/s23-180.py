def grep_lines(lines, needle, ignore_case=False):
    if ignore_case:
        needle = needle.lower()
        return [line for line in lines if needle in line.lower()]
    return [line for line in lines if needle in line]
