import argparse
import subprocess
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case_id", type=int)
    args = ap.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="case_") as fh:
        fh.write(f"Case {args.case_id}\n")
        fh.flush()
        subprocess.run(["lp", fh.name], check=True)


if __name__ == "__main__":
    main()
