from rest_framework import permissions, serializers, viewsets
from rest_framework.authentication import TokenAuthentication

from .models import Assignment


class AssignmentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Assignment
        fields = ["id", "client", "language", "starts_at", "interpreter"]
        read_only_fields = ["interpreter"]


class AssignmentViewSet(viewsets.ModelViewSet):
    serializer_class = AssignmentSerializer
    authentication_classes = [TokenAuthentication]
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Assignment.objects.filter(interpreter=self.request.user).order_by("starts_at")

    def perform_create(self, serializer):
        serializer.save(interpreter=self.request.user)
