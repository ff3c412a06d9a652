cd "$FIXTURES/trend" && trend --series 'Overliggedøgn januar-februar' --multiply 5745 --as 'Kostnad (kr)' --measures change --wide --format md --numbers nb --labels nb overliggedogn.csv
