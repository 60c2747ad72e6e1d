import json
import sys


def main():
    print('Admissions score calculator. Enter weights as JSON, e.g. {"gpa": 0.6, "essay": 0.4}')
    weights = json.loads(sys.stdin.readline())
    applicant = {"gpa": 3.7, "essay": 8.0}
    score = sum(applicant[k] * float(w) for k, w in weights.items() if k in applicant)
    print(f"Weighted score: {score:.2