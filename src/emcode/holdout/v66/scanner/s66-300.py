import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def sms_delivery_receipt(request):
    sig = request.headers.get("X-Gateway-Signature", "")
    mac = hmac.new(settings.SMS_WEBHOOK_SECRET.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, sig):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    return JsonResponse({"stored": event.get("message_id")})
