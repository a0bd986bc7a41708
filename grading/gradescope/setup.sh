#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu, with network access),
# from /autograder/source: the course repository that make_autograder_zip.sh packed, with this file at its root.
# It installs the .NET 10 SDK, which the course needs and Gradescope's images do not have, and publishes
# the instructor tool (course-instructor, with the hidden checks) to /autograder/course, so grading a submission builds nothing.
set -euo pipefail

apt-get update
apt-get install -y --no-install-recommends ca-certificates curl libicu-dev
# The grader runs student code and the compiler in a bubblewrap sandbox (no network, capped memory and CPU).
if ! command -v bwrap >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get install -y --no-install-recommends bubblewrap
fi

# Microsoft's install script for the .NET SDK; global.json accepts any 10.0 SDK from 10.0.100 on.
curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/local/bin/dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cd /autograder/source
dotnet publish src/Instructor -c Release -o /autograder/course
