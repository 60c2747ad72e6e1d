from django.shortcuts import render
from django.views import View


class ShipmentNoteView(View):
    template_name = "shipments/note.html"

    def get(self, request, ref):
        remark = request.GET.get("remark", "")
        context = {"ref": ref, "remark": remark}
        return render(request, self.template_name, context)
