import regex


def grep_logbook(lines, pattern):
    rx = regex.compile(pattern[:200])
    hits = []
    for line in lines:
        try:
            if rx.search(line, timeout=0.05):
                hits.append(line)
        except TimeoutError:
            continue
    return hits
