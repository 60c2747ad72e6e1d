try:
    import cPickle as pickle
except ImportError:
    import pickle
import argparse
import csv

from sklearn.linear_model import LogisticRegression


def read_rows(path):
    X, y = [], []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            X.append([float(row["tenure"]), float(row["monthly_spend"])])
            y.append(int(row["churned"]))
    return X, y


def main():
    ap = argparse.ArgumentParser(description="fit the churn model")
    ap.add_argument("csv")
    ap.add_argument("--out", default="churn_model.pkl")
    args = ap.parse_args()
    X, y = read_rows(args.csv)
    model = LogisticRegression(max_iter=500).fit(X, y)
    with open(args.out, "wb") as fh:
        pickle.dump(model, fh, protocol=2)
    print("saved", args.out, "accuracy on training data: %.3f" % model.score(X, y))


if __name__ == "__main__":
    main()
