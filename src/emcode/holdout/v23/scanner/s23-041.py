from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import EmployeeProfile


@csrf_exempt
@login_required
@require_POST
def update_bank_details(request):
    profile = EmployeeProfile.objects.get(user=request.user)
    profile.iban = request.POST.get("iban", "").replace(" ", "")
    profile.save(update_fields=["iban"])
    return JsonResponse({"status": "updated"})
