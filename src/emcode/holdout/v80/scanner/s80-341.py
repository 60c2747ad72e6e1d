import sys

def write_report(member, lines):
    path = "/tmp/coop_report_" + member + ".txt"
    with open(path, "w") as fh:
        fh.write("\n".join(lines))
    return path


if __name__ == "__main__":
    print(write_report(sys.argv[1], sys.stdin.read().splitlines()))
