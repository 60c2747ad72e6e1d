import sys
import tempfile


def main():
    case_no = sys.argv[1]
    with tempfile.NamedTemporaryFile("w", prefix="draft-", suffix=".txt", delete=False) as fh:
        for line in sys.stdin:
            fh.write(line)
        draft = fh.name
    print(f"draft for {case_no} stored at {draft}")


if __name__ == "__main__":
    main()
