from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Loan


@login_required
@require_POST
def return_instrument(request, loan_id):
    loan = get_object_or_404(Loan, pk=loan_id, borrower=request.user)
    loan.returned = True
    loan.save(update_fields=["returned"])
    return JsonResponse({"ok": True})
