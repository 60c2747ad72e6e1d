import datetime
import boto3


def backup(path, bucket="church-donations-backup"):
    s3 = boto3.client("s3")
    key = "ledger/" + datetime.date.today().isoformat() + ".csv"
    s3.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
    return key


if __name__ == "__main__":
    print(backup("ledger.csv"))
