import argparse
import os


def main():
    parser = argparse.ArgumentParser(description="Pack a family archive folder")
    parser.add_argument("folder")
    parser.add_argument("--name", default="archive")
    args = parser.parse_args()
    os.system("tar czf /backups/%s.tar.gz %s" % (args.name, args.folder))
    print("done")


if __name__ == "__main__":
    main()
