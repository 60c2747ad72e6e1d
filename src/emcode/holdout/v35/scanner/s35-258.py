import argparse
import ast


def main():
    ap = argparse.ArgumentParser(description="Score trial candidates")
    ap.add_argument("--weights", default="{'age': 0.2, 'bmi': 0.5, 'distance_km': 0.3}")
    ap.add_argument("candidates", nargs="+", help="age,bmi,distance triples")
    a = ap.parse_args()
    weights = ast.literal_eval(a.weights)
    if not isinstance(weights, dict):
        ap.error("--weights must be a dict")
    for triple in a.candidates:
        age, bmi, dist = (float(x) for x in triple.split(","))
        score = weights.get("age", 0) * age + weights.get("bmi", 0) * bmi - weights.get("distance_km", 0) * dist
        print(f"{triple}: {score:.2f}")


if __name__ == "__main__":
    main()
