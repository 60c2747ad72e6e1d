import argparse
import tarfile


def restore(backup, target):
    with tarfile.open(backup, "r:gz") as tar:
        tar.extractall(target)
    print(f"restored {backup} into {target}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Restore a clinic backup sent by a branch office")
    ap.add_argument("backup")
    ap.add_argument("--target", default="/srv/clinic/data")
    args = ap.parse_args()
    restore(args.backup, args.target)
