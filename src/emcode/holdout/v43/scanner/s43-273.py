import boto3


def photo_bucket(name="wedding-photos-prod"):
    return boto3.resource("s3").Bucket(name)
