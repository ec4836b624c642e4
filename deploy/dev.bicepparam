// A trial installation: smallest sizes that still run two instances, database on its public endpoint
// restricted to Azure services, and the bot on an app registration with a client secret so the same
// registration can serve a developer's tunnel too.
// Secrets come from the environment of the shell that deploys (see README.md), never from this file.
using 'main.bicep'

param namePrefix = 'swb-dev'
param tags = {
  application: 'switchboard'
  environment: 'dev'
}

param botIdentityType = 'SingleTenant'
param botAppId = readEnvironmentVariable('SWITCHBOARD_BOT_APP_ID')
param botAppPassword = readEnvironmentVariable('SWITCHBOARD_BOT_APP_PASSWORD')
param botSku = 'F0'

param appServiceSku = 'B1'
param appInstanceCount = 2

param postgresAdminPassword = readEnvironmentVariable('SWITCHBOARD_POSTGRES_ADMIN_PASSWORD')
param recordPseudonymKey = readEnvironmentVariable('SWITCHBOARD_RECORD_PSEUDONYM_KEY')
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param postgresStorageSizeGB = 32
param postgresBackupRetentionDays = 7
param postgresHighAvailability = 'Disabled'
param postgresNetwork = 'AzureServicesFirewall'

// A trial vault can be deleted and purged at once when the trial ends.
param keyVaultPurgeProtection = false
param logRetentionInDays = 30
