import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Loan


@require_POST
@login_required
def extend_loan(request, loan_id):
    loan = Loan.objects.get(pk=loan_id, member=request.user)
    days = min(int(json.loads(request.body).get("days", 14)), 28)
    loan.extend(days)
    return JsonResponse({"due": loan.due.isoformat()})
