import argparse
import yaml


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    args = ap.parse_args()
    with open(args.config) as fh:
        cfg = yaml.safe_load(fh)
    for turbine in cfg["turbines"]:
        print(turbine["id"], turbine.get("rated_kw", "?"))
    if cfg.get("alerts"):
        for alert in cfg["alerts"]:
            print("alert", alert["name"], "thr
