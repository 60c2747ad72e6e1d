from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Enrollment, Section


@login_required
@require_POST
def drop_course(request):
    section = get_object_or_404(Section, pk=request.POST.get("section_id"))
    Enrollment.objects.filter(student=request.user, section=section).delete()
    return JsonResponse({"dropped": section.code})
