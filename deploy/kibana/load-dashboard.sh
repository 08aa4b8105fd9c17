#!/bin/sh
# Loads the Eventwire saved objects (data views, visualizations, saved searches, dashboard) into Kibana through
# the saved objects import API. overwrite=true: running it again updates the objects instead of failing.
# Run by the `kibana-setup` service of docker-compose.yml once Kibana is healthy; by hand, from the repository:
#   KIBANA_URL=http://localhost:5601 DASHBOARD_FILE=deploy/kibana/eventwire-dashboard.ndjson sh deploy/kibana/load-dashboard.sh
set -eu
KIBANA_URL="${KIBANA_URL:-http://kibana:5601}"
DASHBOARD_FILE="${DASHBOARD_FILE:-/deploy/kibana/eventwire-dashboard.ndjson}"
ATTEMPTS="${ATTEMPTS:-10}"

attempt=1
while :; do
  # The import answers 200 with "success":false when an object is refused, so the body decides, not the status.
  response=$(curl -sS -X POST "$KIBANA_URL/api/saved_objects/_import?overwrite=true" \
    -H 'kbn-xsrf: true' --form "file=@$DASHBOARD_FILE" 2>&1) || true
  case "$response" in
    *'"success":true'*)
      echo "$response"
      echo "kibana-setup: dashboard loaded: /app/dashboards#/view/eventwire-overview (http://localhost:5601 from the host)"
      exit 0 ;;
  esac
  echo "kibana-setup: attempt $attempt of $ATTEMPTS failed: $response" >&2
  if [ "$attempt" -ge "$ATTEMPTS" ]; then
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 10
done
