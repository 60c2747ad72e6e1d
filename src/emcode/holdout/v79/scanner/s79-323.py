import argparse
import subprocess


def main():
    p = argparse.ArgumentParser(description="Archive turbine SCADA logs")
    p.add_argument("turbine")
    p.add_argument("--dest", default="/var/backups/scada")
    args = p.parse_args()
    cmd = f"tar czf {args.dest}/{args.turbine}.tgz /data/scada/{args.turbine}"
    subprocess.run(cmd, shell=True, check=True)


if __name__ == "__main__":
    main()
