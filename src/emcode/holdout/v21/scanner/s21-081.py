import yaml
import sys


def main():
    path = raw_input("config file: ") if sys.version_info[0] == 2 else input("config file: ")
    conf = yaml.load(open(path))
    print("servers:", conf["servers"])


main()
