from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Subscription


@csrf_exempt
@login_required
@require_POST
def cancel_subscription(request):
    sub = Subscription.objects.get(customer=request.user)
    sub.active = False
    sub.save(update_fields=["active"])
    return JsonResponse({"cancelled": True})
