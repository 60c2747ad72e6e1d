import tempfile


def spool_csv(rows):
    name = tempfile.mktemp(prefix="payroll-", suffix=".csv")
    fh = open(name, "w")
    for row in rows:
        fh.write(",".join(map(str, row)) + "\n")
    fh.close()
    return name
