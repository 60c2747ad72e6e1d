import boto3

AWS_ACCESS_KEY_ID = "AKIAQ7W3EXAMPLE4N2PD"
AWS_SECRET_ACCESS_KEY = "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"


def photo_bucket():
    s3 = boto3.resource("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    return s3.Bucket("wedding-photos-prod")
