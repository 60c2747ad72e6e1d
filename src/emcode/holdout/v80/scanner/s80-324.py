import argparse

import joblib


def main():
    parser = argparse.ArgumentParser(description="Score parking occupancy with a member-supplied model")
    parser.add_argument("model_file")
    parser.add_argument("--hour", type=int, default=9)
    args = parser.parse_args()

    model = joblib.load(args.model_file)
    print(model.predict([[args.hour]]))


if __name__ == "__main__":
    main()
