import os
import argparse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    args = ap.parse_args()
    print("checking", args.host)
    os.system("ping -c 1 " +