import re

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import EmployeeProfile

IBAN_RE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")


@login_required
@require_POST
def update_bank_details(request):
    iban = request.POST.get("iban", "").replace(" ", "").upper()
    if not IBAN_RE.fullmatch(iban):
        return JsonResponse({"error": "invalid IBAN"}, status=400)
    profile = EmployeeProfile.objects.get(user=request.user)
    profile.iban = iban
    profile.save(update_fields=["iban"])
    return JsonResponse({"status": "updated"})
