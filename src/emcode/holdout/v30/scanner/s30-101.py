import sys


def main():
    print("Admissions score calculator. Enter weights as Python, e.g. {'gpa': 0.6, 'essay': 0.4}")
    weights = eval(sys.stdin.readline())
    applicant = {"gpa": 3.7, "essay": 8.0}
    score = sum(applicant[k] * w for k, w in weights.items())
    print(f"Weighted score: {score:.2