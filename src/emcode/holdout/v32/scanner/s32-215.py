import argparse
import subprocess


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case_id", type=int)
    args = ap.parse_args()
    tmp_path = f"/tmp/case_{args.case_id}_bundle.txt"
    with open(tmp_path, "w") as fh:
        fh.write(f"Case {args.case_id}\n")
    subprocess.run(["lp", tmp_path], check=True)


if __name__ == "__main__":
    main()
