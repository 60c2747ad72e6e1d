from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from payroll.models import Payslip


@login_required
def payslip_detail(request, payslip_id):
    slip = get_object_or_404(Payslip, pk=payslip_id)
    return JsonResponse({
        "employee": slip.employee.full_name,
        "period": slip.period,
        "gross": str(slip.gross),
        "net": str(slip.net),
    })
