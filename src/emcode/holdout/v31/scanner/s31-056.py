from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from payroll.models import BankDetails


@login_required
@require_POST
def update_bank_details(request):
    details, _ = BankDetails.objects.get_or_create(user=request.user)
    details.sort_code = request.POST["sort_code"]
    details.account_number = request.POST["account_number"]
    details.full_clean()
    details.save()
    return JsonResponse({"ok": True})
