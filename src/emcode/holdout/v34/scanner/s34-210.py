import argparse
import shlex
import subprocess


def main():
    ap = argparse.ArgumentParser(description="Tail an inverter log on the site gateway")
    ap.add_argument("logname")
    ap.add_argument("-n", type=int, default=50)
    a = ap.parse_args()
    remote = "tail -n {} /var/log/inverters/{}".format(a.n, shlex.quote(a.logname))
    subprocess.run(["ssh", "gateway.solarfarm.example", remote], check=True)


if __name__ == "__main__":
    main()
