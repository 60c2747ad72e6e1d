from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from .models import Case


@login_required
def case_detail(request, case_no):
    case = get_object_or_404(Case, case_no=case_no, firm=request.user.firm)
    highlight = request.GET.get("highlight", "")
    return TemplateResponse(request, "cases/detail.html", {"case": case, "highlight": highlight})
