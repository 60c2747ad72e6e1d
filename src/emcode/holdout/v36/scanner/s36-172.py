from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Enrollment, Section


@csrf_exempt
@login_required
@require_POST
def drop_course(request):
    section = Section.objects.get(pk=request.POST["section_id"])
    Enrollment.objects.filter(student=request.user, section=section).delete()
    return JsonResponse({"dropped": section.code})
