import sys


def main():
    case_no = sys.argv[1]
    draft = "/tmp/transcript_draft.txt"
    with open(draft, "w") as fh:
        for line in sys.stdin:
            fh.write(line)
    print(f"draft for {case_no} stored at {draft}")


if __name__ == "__main__":
    main()
