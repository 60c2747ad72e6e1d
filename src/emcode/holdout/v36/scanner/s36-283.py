import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.utils.crypto import constant_time_compare
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST


@csrf_exempt
@require_POST
def lab_results_hook(request):
    sig = request.headers.get("X-Lab-Signature", "")
    expected = hmac.new(settings.LAB_WEBHOOK_KEY.encode(), request.body, hashlib.sha256).hexdigest()
    if not constant_time_compare(sig, expected):
        return HttpResponseForbidden()
    return HttpResponse(status=204)
