from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Loan


@csrf_exempt
@login_required
@require_POST
def return_instrument(request, loan_id):
    loan = Loan.objects.get(pk=loan_id, borrower=request.user)
    loan.returned = True
    loan.save()
    return JsonResponse({"ok": True})
