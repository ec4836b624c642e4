// Production: the bot authenticates as the app's user-assigned managed identity (no secret to rotate),
// three instances, PostgreSQL zone-redundant and reachable only inside a private network.
// Secrets come from the environment of the shell that deploys (see README.md), never from this file.
using 'main.bicep'

param namePrefix = 'swb-prod'
param tags = {
  application: 'switchboard'
  environment: 'prod'
}

param botIdentityType = 'UserAssignedMSI'
param botSku = 'S1'

param appServiceSku = 'P1v3'
param appInstanceCount = 3

param postgresAdminPassword = readEnvironmentVariable('SWITCHBOARD_POSTGRES_ADMIN_PASSWORD')
param recordPseudonymKey = readEnvironmentVariable('SWITCHBOARD_RECORD_PSEUDONYM_KEY')
param postgresSkuName = 'Standard_D2ds_v5'
param postgresSkuTier = 'GeneralPurpose'
param postgresStorageSizeGB = 64
param postgresBackupRetentionDays = 35
param postgresHighAvailability = 'ZoneRedundant'
param postgresNetwork = 'PrivateVnet'

param keyVaultPurgeProtection = true
param logRetentionInDays = 90
