import re

def grep_records(records, needle):
    rx = re.compile(re.escape(needle[:200]))
    return [r for r in records if rx.search(r)]
