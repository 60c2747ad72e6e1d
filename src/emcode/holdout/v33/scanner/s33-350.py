from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Guest


@csrf_exempt
@login_required
@require_POST
def remove_guest(request, guest_id):
    Guest.objects.filter(pk=guest_id, wedding__owner=request.user).delete()
    return JsonResponse({"removed": guest_id})
