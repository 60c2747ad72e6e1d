import boto3
import datetime

AWS_KEY = "AKIAIOSFODNN7EXAMPL3"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


def backup(path, bucket="church-donations-backup"):
    s3 = boto3.client("s3", aws_access_key_id=AWS_KEY, aws_secret_access_key=AWS_SECRET)
    key = "ledger/" + datetime.date.today().isoformat() + ".csv"
    s3.upload_file(path, bucket, key)
    return key


if __name__ == "__main__":
    print(backup("ledger.csv"))
